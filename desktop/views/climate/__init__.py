"""The learning climate (Extra › Leerklimaat): the yearly team scan, its results and the actions agreed after it."""

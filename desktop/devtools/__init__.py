"""Developer tools: regenerate the files made from sources (compiled forms, message catalogues).

``python -m desktop.devtools forms``      compile ``ui/*.ui`` into ``desktop/forms/ui_*.py``
``python -m desktop.devtools catalogs``   extract messages, update and compile ``locales/``
``python -m desktop.devtools.imports desktop/views``   modules, import arrows and import cycles of a folder
"""

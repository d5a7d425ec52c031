"""Overview: everything due or overdue across the organisation; a praktijkopleider's week on paper and in
Outlook."""

"""How the window words things: enumerations, statuses, verdicts, dates and money.

Qt-aware (they translate) but widget-free, so models, pages and dialogs may all import them."""

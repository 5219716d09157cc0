"""Small reusable widgets, cell editors and Qt helpers shared by pages, dialogs and the editor."""

"""Qt-free home of the program's languages and texts, shared by the window and the command line."""

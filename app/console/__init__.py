"""The operator console: PySide6 on qasync, over app.client's inventory cache."""

"""The PySide6 desktop app. Qt lives here only; business rules live in ``routekaarten``."""

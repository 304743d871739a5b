"""Guardian Desktop: offline help for people facing sextortion."""

__version__ = "0.1.0"
APP_NAME = "Guardian Desktop"
APP_ID = "GuardianDesktop"

"""Guardian Desktop: offline help for people facing sextortion."""

__version__ = "0.2.0"
APP_NAME = "Guardian Desktop"
APP_ID = "GuardianDesktop"

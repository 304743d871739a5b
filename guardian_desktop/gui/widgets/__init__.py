"""Small reusable widgets for the start screens and the wizard."""

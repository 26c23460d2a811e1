"""The few style sheets every page shares: an error line, a done line, a note box."""

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
NOTE_STYLE = "background: #fff4d6; border: 1px solid #d9b86c; border-radius: 3px; padding: 6px;"

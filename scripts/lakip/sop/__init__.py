"""SOP steps 1-4: open a year, dispose it, follow its status, guard ownership and targets."""

"""The Inspektorat's reviu: the worksheet evidenced from the data, its records and statement."""

"""Printing the routekaart a region hands out (issue 13, item 9)."""

"""Charts drawn from figures as standalone SVG."""

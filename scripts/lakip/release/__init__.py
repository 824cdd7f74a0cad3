"""SOP steps 5-6: the signed tag and bundle, verification, registers, delivery."""

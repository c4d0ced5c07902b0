"""Clean article bodies: page furniture out (with reasons), metadata recovered from the text."""

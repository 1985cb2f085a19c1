"""QR campaigns: short links printed on posters (`/q/<slug>/`) that send a phone to the
right page in the right language, and count scans per campaign and day, nothing else."""

"""The command line: build, check, new, urls, synth."""

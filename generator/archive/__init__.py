"""The archive as a whole: indexes by topic, person, country and year; links between readouts."""

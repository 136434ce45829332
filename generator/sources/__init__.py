"""Reading and checking the sources: content/ into validated Readouts and Issues."""

"""Rule tables: data only, one named entry per rule.

Each module here holds the vocabulary or patterns of one stage (boilerplate lines, bylines,
datelines, reporting verbs, currencies). Tables import nothing from the code modules; code
modules import tables. To add a rule, add one entry to the right table.
"""

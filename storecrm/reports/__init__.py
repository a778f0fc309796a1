"""Files made from service results (Excel exports, later PDF printouts).

Renderers here take the plain dataclasses services return and write a file. They run no
queries, hold no Qt and know nothing of the database.
"""

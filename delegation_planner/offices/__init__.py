"""The office profiles that come with the program, as ``delegation-planner-office/1`` files.

Drawn from the source documents: Region Skåne (GRIP and its criteria), Region Hovedstaden
(Forretningsudvalget; the focus paper's themes) and Region Midtjylland (Regionsrådet;
Vækstforum's themes for Shanghai). Read with ``domain.office.shipped_profile``.
"""

namespace JobSentinel.Core.Resumes;

/// <summary>What kind of weakness a finding is, so that each ATS estimate can weigh it by how that parser copes.</summary>
internal enum AtsRiskArea
{
    /// <summary>What the resume says: every parser reads it the same way.</summary>
    Content,

    /// <summary>Columns, tables, header/footer text, file format.</summary>
    Layout,

    /// <summary>Images and icon fonts.</summary>
    Graphics,

    /// <summary>Missing or unusual section headings.</summary>
    Headings,

    /// <summary>Missing, inconsistent or year-only dates.</summary>
    Dates,
}

namespace JobSentinel.Core.Contacts;

/// <summary>A contact as the API and the Contacts page send it; on update, fields left out keep their value.</summary>
public sealed record ContactDraft
{
    public string? Name { get; init; }

    public string? Company { get; init; }

    public string? Role { get; init; }

    /// <summary>An empty string clears it.</summary>
    public string? Email { get; init; }

    /// <summary>http(s) URLs (LinkedIn, GitHub, a personal site).</summary>
    public List<string>? Links { get; init; }

    public string? Notes { get; init; }
}

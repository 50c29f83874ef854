using System.Text.Json;

namespace JobSentinel.Core.Contacts;

/// <summary>A contact as the API answers it.</summary>
public record ContactView(
    long Id,
    string Name,
    string? Company,
    string? Role,
    string? Email,
    IReadOnlyList<string> Links,
    string? Notes,
    string Source,
    long? SourceJobId,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ContactView Of(Contact contact) => new(
        contact.Id, contact.Name, contact.Company, contact.Role, contact.Email, ReadLinks(contact.LinksJson), contact.Notes,
        contact.Source, contact.SourceJobId, contact.CreatedAt, contact.UpdatedAt);

    internal static IReadOnlyList<string> ReadLinks(string json) =>
        JsonSerializer.Deserialize<List<string>>(string.IsNullOrWhiteSpace(json) ? "[]" : json) ?? [];
}

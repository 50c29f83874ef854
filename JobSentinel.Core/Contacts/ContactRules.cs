using System.Net.Mail;
using System.Text.Json;

namespace JobSentinel.Core.Contacts;

/// <summary>The checks every way of adding a contact shares (form, API, CSV import, discovery).</summary>
public static class ContactRules
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 200;
    public const int MaxNotesLength = 20_000;
    public const int MaxLinks = 20;

    /// <summary>A valid address, trimmed; false for anything <see cref="MailAddress"/> would rewrite or that has no dotted domain.</summary>
    public static bool IsEmail(string value) =>
        value.Length <= 320
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    /// <summary>An absolute http(s) URL; a bare "linkedin.com/in/jane" gets https:// in front.</summary>
    public static string? NormalizeLink(string value)
    {
        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            ? uri.ToString()
            : null;
    }

    /// <summary>Applies <paramref name="draft"/> to <paramref name="contact"/> and returns the problems by field (nothing applied when any).</summary>
    public static Dictionary<string, string[]> Apply(Contact contact, ContactDraft draft, bool creating)
    {
        Dictionary<string, string[]> errors = [];
        var name = draft.Name?.Trim();
        if (creating || draft.Name is not null)
        {
            if (string.IsNullOrEmpty(name))
            {
                errors["name"] = ["Name is required."];
            }
            else if (name.Length > MaxNameLength)
            {
                errors["name"] = [$"Name may be at most {MaxNameLength} characters."];
            }
        }

        var email = draft.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && !IsEmail(email))
        {
            errors["email"] = [$"'{email}' is not a valid email address."];
        }

        foreach (var (field, value) in new[] { ("company", draft.Company), ("role", draft.Role) })
        {
            if (value?.Trim().Length > MaxTextLength)
            {
                errors[field] = [$"{char.ToUpperInvariant(field[0])}{field[1..]} may be at most {MaxTextLength} characters."];
            }
        }

        if (draft.Notes?.Length > MaxNotesLength)
        {
            errors["notes"] = [$"Notes may be at most {MaxNotesLength} characters."];
        }

        List<string> links = [];
        if (draft.Links is not null)
        {
            if (draft.Links.Count > MaxLinks)
            {
                errors["links"] = [$"At most {MaxLinks} links."];
            }

            var bad = draft.Links.Where(l => !string.IsNullOrWhiteSpace(l) && NormalizeLink(l) is null).ToList();
            if (bad.Count > 0)
            {
                errors["links"] = [.. bad.Select(l => $"'{l}' is not an http(s) URL.")];
            }

            links = [.. draft.Links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => NormalizeLink(l)!).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (name is { Length: > 0 })
        {
            contact.Name = name;
        }

        if (draft.Company is not null)
        {
            contact.Company = Blank(draft.Company);
        }

        if (draft.Role is not null)
        {
            contact.Role = Blank(draft.Role);
        }

        if (draft.Email is not null)
        {
            contact.Email = Blank(email);
        }

        if (draft.Notes is not null)
        {
            contact.Notes = Blank(draft.Notes);
        }

        if (draft.Links is not null)
        {
            contact.LinksJson = JsonSerializer.Serialize(links);
        }

        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

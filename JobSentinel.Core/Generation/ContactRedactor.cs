using System.Text.RegularExpressions;

namespace JobSentinel.Core.Generation;

/// <summary>
/// Replaces contact details in text bound for an LLM provider by placeholders: URLs by <c>[url]</c>, emails by
/// <c>[email]</c>, phone numbers (9–15 digits, with the usual separators) by <c>[phone]</c>. Years, date ranges and
/// amounts stay as they are.
/// </summary>
public static partial class ContactRedactor
{
    public const string EmailPlaceholder = "[email]";
    public const string PhonePlaceholder = "[phone]";
    public const string UrlPlaceholder = "[url]";

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = UrlPattern().Replace(text, UrlPlaceholder);
        result = EmailPattern().Replace(result, EmailPlaceholder);
        return PhonePattern().Replace(result, match =>
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            return digits is >= 9 and <= 15 ? PhonePlaceholder : match.Value;
        });
    }

    // Explicit URLs (scheme or www.) and profile links written without a scheme; trailing punctuation stays prose.
    [GeneratedRegex(
        @"\b(?:(?:https?|ftp)://|www\.|(?:[a-z0-9-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|medium\.com|behance\.net|dribbble\.com)/)[^\s<>""')\]]*[^\s<>""')\].,;:!?]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,12}(?:[\s.-]\d{2,5}){0,4}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}

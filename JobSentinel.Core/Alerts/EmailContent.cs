using System.Net;
using System.Text;

namespace JobSentinel.Core.Alerts;

/// <summary>An alert as an email: subject, HTML body (every value HTML-encoded) and its plain-text alternative.</summary>
public sealed record EmailContent(string Subject, string HtmlBody, string TextBody)
{
    private const string Cell = "padding:8px 12px;border-bottom:1px solid #e5e7eb;vertical-align:top;";

    public static EmailContent Build(AlertMessage message)
    {
        var more = Math.Max(0, message.MoreCount);
        return new EmailContent(SubjectLine(message), Html(message, more), PlainText(message, more));
    }

    private static string SubjectLine(AlertMessage message)
    {
        var subject = message.Kind == AlertMessageKind.Immediate && message.Items.Count == 1 && message.MoreCount <= 0
            ? $"New match: {message.Items[0].Title} at {message.Items[0].Company} ({AlertText.Percent(message.Items[0].Score)})"
            : message.Kind == AlertMessageKind.Digest
                ? $"{AlertText.Header(message)} for {message.ProfileName}"
                : AlertText.Header(message);

        // Posting text must not be able to fold the header or add new ones.
        return AlertText.Truncate(string.Join(' ', subject.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)), 200);
    }

    private static string Html(AlertMessage message, int more)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Encode(AlertText.Header(message))).Append("</title></head>")
            .Append("<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#111827;\">")
            .Append("<h2 style=\"margin:0 0 12px;\">").Append(Encode(AlertText.Header(message))).Append("</h2>");
        if (message.Kind == AlertMessageKind.Test)
        {
            html.Append("<p>").Append(Encode(AlertText.TestIntro(message))).Append("</p>");
        }
        else
        {
            html.Append("<p style=\"color:#6b7280;\">Profile: ").Append(Encode(message.ProfileName)).Append("</p>");
        }

        html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;max-width:720px;\">")
            .Append("<thead><tr>").Append(Header("Job")).Append(Header("Score")).Append(Header("Why it matches")).Append("</tr></thead><tbody>");
        foreach (var item in message.Items)
        {
            html.Append("<tr><td style=\"").Append(Cell).Append("\">");
            html.Append(Link(item.ViewUrl, $"<strong>{Encode(item.Title)}</strong>"));
            if (AlertText.CompanyAndLocation(item) is { Length: > 0 } where)
            {
                html.Append("<br>").Append(Encode(where));
            }

            if (!string.IsNullOrWhiteSpace(item.Salary))
            {
                html.Append("<br>").Append(Encode(item.Salary));
            }

            html.Append("<br>").Append(Link(item.ViewUrl, "View job"));
            if (AlertText.IsWebUrl(item.JobUrl))
            {
                html.Append(" · ").Append(Link(item.JobUrl, "Open posting"));
            }

            html.Append("</td><td style=\"").Append(Cell).Append("white-space:nowrap;\">").Append(AlertText.Percent(item.Score))
                .Append("</td><td style=\"").Append(Cell).Append("\">").Append(Encode(AlertText.Reasons(item))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (more > 0)
        {
            html.Append("<p>").Append(Encode(AlertText.MoreLine(more))).Append("</p>");
        }

        return html.Append("<p style=\"color:#6b7280;font-size:12px;\">Sent by JobSentinel.</p></body></html>").ToString();
    }

    private static string PlainText(AlertMessage message, int more)
    {
        var text = new StringBuilder().Append(AlertText.Header(message)).Append("\n\n");
        if (message.Kind == AlertMessageKind.Test)
        {
            text.Append(AlertText.TestIntro(message)).Append("\n\n");
        }

        foreach (var item in message.Items)
        {
            text.Append("* ").Append(item.Title).Append(" (").Append(AlertText.Percent(item.Score)).Append(")\n");
            if (AlertText.CompanyAndLocation(item) is { Length: > 0 } where)
            {
                text.Append("  ").Append(where).Append('\n');
            }

            if (!string.IsNullOrWhiteSpace(item.Salary))
            {
                text.Append("  ").Append(item.Salary).Append('\n');
            }

            if (AlertText.Reasons(item) is { Length: > 0 } reasons)
            {
                text.Append("  Why: ").Append(reasons).Append('\n');
            }

            text.Append("  View job: ").Append(item.ViewUrl).Append('\n');
            if (AlertText.IsWebUrl(item.JobUrl))
            {
                text.Append("  Posting: ").Append(item.JobUrl).Append('\n');
            }

            text.Append('\n');
        }

        if (more > 0)
        {
            text.Append(AlertText.MoreLine(more)).Append("\n\n");
        }

        return text.Append("Sent by JobSentinel.\n").ToString();
    }

    private static string Header(string text) =>
        $"<th style=\"{Cell}text-align:left;\">{Encode(text)}</th>";

    /// <summary>A link when <paramref name="url"/> is http(s); otherwise the label alone (never a javascript: href).</summary>
    private static string Link(string? url, string encodedLabel) =>
        AlertText.IsWebUrl(url) ? $"<a href=\"{Encode(url!)}\" style=\"color:#2563eb;\">{encodedLabel}</a>" : encodedLabel;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

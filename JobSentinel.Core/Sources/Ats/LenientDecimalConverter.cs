using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Reads an amount sent as a number or as text ("85000", "85,000.50"); anything unreadable is unknown.</summary>
internal sealed class LenientDecimalConverter : JsonConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out var number))
                {
                    return number;
                }

                return reader.TryGetDouble(out var real) && double.IsFinite(real) && Math.Abs(real) < 7.9e28 ? (decimal)real : null;
            case JsonTokenType.String:
                return decimal.TryParse(reader.GetString(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } amount)
        {
            writer.WriteNumberValue(amount);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

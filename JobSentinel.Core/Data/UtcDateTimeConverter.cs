using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobSentinel.Core.Data;

/// <summary>Stores every <see cref="DateTime"/> as UTC and reads it back with <see cref="DateTimeKind.Utc"/>.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToUtc(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    /// <summary>Local times are converted; unspecified ones are taken to be UTC already.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

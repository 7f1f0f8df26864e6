using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kith.Core.Data;

/// <summary>All instants are stored as UTC and come back marked as UTC, on every engine.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

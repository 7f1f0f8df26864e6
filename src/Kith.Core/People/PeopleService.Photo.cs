using Microsoft.EntityFrameworkCore;

namespace Kith.Core.People;

public sealed partial class PeopleService
{
    /// <summary>The picture kept for a person (from an imported card), or null when they have none.</summary>
    public async Task<PersonPhoto?> PhotoAsync(int id, CancellationToken ct = default)
    {
        var row = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Photo, p.PhotoMediaType }).FirstOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException("Person", id);
        return row.Photo is null ? null : new PersonPhoto(row.PhotoMediaType ?? "application/octet-stream", row.Photo);
    }
}

/// <summary>A person's picture as stored: its bytes and the media type the card declared (not checked against the bytes).</summary>
public sealed record PersonPhoto(string MediaType, byte[] Data);

using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import.Formats;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Import;

/// <summary>People out as CSV or vCard 4.0, streamed a page at a time (five queries a page, never one per person).</summary>
public sealed class ExportService(KithDbContext db)
{
    private const int PageSize = 1_000;

    /// <summary>Everyone but me, as Kith's CSV (columns that <see cref="MappedCsv.Guess"/> maps back).</summary>
    public async Task WriteCsvAsync(TextWriter output, CancellationToken ct = default)
    {
        ContactCsv.WriteHeader(output);
        await foreach (var record in RecordsAsync(null, ct))
            ContactCsv.WriteRow(output, record);
        await output.FlushAsync(ct);
    }

    /// <summary>Everyone but me as vCard 4.0; or only <paramref name="personId"/> (me included) when given.</summary>
    public async Task WriteVCardsAsync(TextWriter output, int? personId = null, CancellationToken ct = default)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id, ct))
            throw new NotFoundException("Person", id);
        await foreach (var record in RecordsAsync(personId, ct))
            VCard.Write(output, record);
        await output.FlushAsync(ct);
    }

    /// <summary>The people as <see cref="ContactRecord"/>s in id order, a page at a time with their lists loaded per page.</summary>
    private async IAsyncEnumerable<ContactRecord> RecordsAsync(int? personId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var query = db.People.AsNoTracking().Where(p => p.Id > after);
            query = personId is { } id ? query.Where(p => p.Id == id) : query.Where(p => !p.IsMe);
            var page = await query.OrderBy(p => p.Id).Take(PageSize).ToListAsync(ct);
            if (page.Count == 0) yield break;
            after = page[^1].Id;

            var ids = page.Select(p => p.Id).ToList();
            var emails = (await db.PersonEmails.AsNoTracking().Where(e => ids.Contains(e.PersonId)).OrderBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.PersonId);
            var phones = (await db.PersonPhones.AsNoTracking().Where(e => ids.Contains(e.PersonId)).OrderBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.PersonId);
            var addresses = (await db.PersonAddresses.AsNoTracking().Where(e => ids.Contains(e.PersonId)).OrderBy(e => e.Id).ToListAsync(ct))
                .ToLookup(e => e.PersonId);
            var tags = (await db.PersonTags.AsNoTracking().Where(t => ids.Contains(t.PersonId))
                    .Select(t => new { t.PersonId, t.Tag.Name }).ToListAsync(ct))
                .ToLookup(t => t.PersonId, t => t.Name);

            foreach (var p in page)
            {
                yield return new ContactRecord
                {
                    Line = 0,
                    FirstName = p.FirstName, LastName = p.LastName, Nickname = p.Nickname,
                    Organisation = p.Organisation, Department = p.Department, JobTitle = p.JobTitle,
                    Notes = p.Notes, Website = p.Website, LinkedInUrl = p.LinkedInUrl, MetOn = p.MetOn, Birthday = p.Birthday,
                    Emails = emails[p.Id].Select(e => new LabelledValue(e.Address, e.Label)).ToList(),
                    Phones = phones[p.Id].Select(e => new LabelledValue(e.Number, e.Label)).ToList(),
                    Addresses = addresses[p.Id].Select(a => new ContactAddress(a.Label, a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country)).ToList(),
                    Tags = tags[p.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(),
                    Photo = p.Photo is { } photo ? new ContactPhoto(p.PhotoMediaType ?? "image/jpeg", photo) : null,
                    Extras = p.CardExtras?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [],
                };
            }
        }
    }
}

using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Opportunities;

/// <summary>The person someone met: an existing one, or a new one created on the spot, with how and when we met filled in.</summary>
internal static class MetPeople
{
    public static async Task<Person> ResolveAsync(KithDbContext db, PeopleService people, MetInput input, string howWeMet, DateOnly metOn, CancellationToken ct)
    {
        if (input.PersonId is { } id)
        {
            if (input.NewPerson is not null)
                throw ValidationFailedException.For("PersonId", "Choose an existing person or describe a new one, not both.");
            var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw ValidationFailedException.For("PersonId", $"There is no person with id {id}.");
            if (person.IsMe)
                throw ValidationFailedException.For("PersonId", "Choose the person you met, not yourself.");
            person.HowWeMet ??= howWeMet;
            person.MetOn ??= metOn;
            return person;
        }
        if (input.NewPerson is not { } fresh)
            throw ValidationFailedException.For("PersonId", "Choose the person you met, or enter their name to add them.");
        var created = await people.CreateAsync(fresh with
        {
            HowWeMet = PeopleService.Clean(fresh.HowWeMet) ?? howWeMet,
            MetOn = PeopleService.Clean(fresh.MetOn) ?? metOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
        return await db.People.FirstAsync(p => p.Id == created.Id, ct);
    }
}

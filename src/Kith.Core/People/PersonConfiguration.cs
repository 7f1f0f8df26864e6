using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.FirstName).HasMaxLength(100);
        b.Property(p => p.LastName).HasMaxLength(100);
        b.Property(p => p.Nickname).HasMaxLength(100);
        b.Property(p => p.Notes).HasMaxLength(20_000);
        b.Property(p => p.HowWeMet).HasMaxLength(2_000);
        b.Property(p => p.SearchText).HasMaxLength(Person.SearchTextLength);
        b.Property(p => p.SortKey).HasMaxLength(201);
        b.Property(p => p.LinkedInUrl).HasMaxLength(400);
        b.Property(p => p.Website).HasMaxLength(400);
        b.Property(p => p.PhotoMediaType).HasMaxLength(100);
        b.Property(p => p.CardExtras).HasMaxLength(Person.CardExtrasLength);
        b.Ignore(p => p.Cadence);
        b.Ignore(p => p.DisplayName);

        b.HasOne(p => p.ReportsTo).WithMany().HasForeignKey(p => p.ReportsToId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Emails).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Phones).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Tags).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Expertise).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Addresses).WithOne().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);

        // The agenda reads "cadences due by a day" and lists sort by name; both stay index range scans.
        // The agenda's index also holds its ranking line and the id, so the database ranks tens of
        // thousands of due cadences from the index alone (on PostgreSQL too, an index-only scan) and
        // only the top ones are read from the table.
        b.HasIndex(p => new { p.AccountId, p.NextDueOn, p.LastInteractionAt, p.RankSlope, p.RankOffset, p.Id })
            .HasDatabaseName("IX_People_Agenda")
            .HasFilter("\"NextDueOn\" IS NOT NULL");
        // The weekly plan's walks over people without a cadence (PlanService.Ranking): by last contact,
        // and those never met by the day we met. Each holds what the plan's score needs and the id, so
        // ranking reads the index alone (PostgreSQL too: an index-only scan needs every column it
        // reads, and a PostgreSQL index holds no id of its own) and only the people kept from the table.
        b.HasIndex(p => new { p.AccountId, p.LastInteractionAt, p.PreviousInteractionAt, p.IsMe, p.Level, p.Employer, p.DepartmentKey, p.Id })
            .HasDatabaseName("IX_People_PlanContacted")
            .HasFilter("\"NextDueOn\" IS NULL");
        b.HasIndex(p => new { p.AccountId, p.MetOn, p.IsMe, p.Level, p.Employer, p.DepartmentKey, p.Id })
            .HasDatabaseName("IX_People_PlanNeverContacted")
            .HasFilter("\"NextDueOn\" IS NULL AND \"LastInteractionAt\" IS NULL");
        // Start-up asks whether any department still lacks its key (KithDatabase.FillDepartmentKeysAsync):
        // without this index that read the whole table, 30-90 ms of every start at 100,000 people.
        b.HasIndex(p => p.DepartmentKey, "IX_People_DepartmentKeyMissing").HasFilter("\"DepartmentKey\" IS NULL");
        b.HasIndex(p => new { p.AccountId, p.OverdueOn });
        b.HasIndex(p => new { p.AccountId, p.SortKey });
        b.HasIndex(p => new { p.AccountId, p.Department });
        // Counting everyone but me reads this index alone.
        b.HasIndex(p => new { p.AccountId, p.IsMe });
        // Finding my own record: "WHERE IsMe" cannot seek the index above (a bare boolean is no
        // equality), so it walked the whole account: 20 ms at 100,000 people, several times a page.
        b.HasIndex(p => p.AccountId, "IX_People_Me").HasFilter("\"IsMe\"");
        b.HasIndex(p => p.ReportsToId);
    }
}

internal sealed class PersonEmailConfiguration : IEntityTypeConfiguration<PersonEmail>
{
    public void Configure(EntityTypeBuilder<PersonEmail> b)
    {
        b.Property(e => e.Address).HasMaxLength(320);
        b.Property(e => e.Label).HasMaxLength(40);
        b.HasIndex(e => e.PersonId);
        // Import and the duplicate finder look people up by address.
        b.HasIndex(e => new { e.AccountId, e.Address });
    }
}

internal sealed class PersonPhoneConfiguration : IEntityTypeConfiguration<PersonPhone>
{
    public void Configure(EntityTypeBuilder<PersonPhone> b)
    {
        b.Property(e => e.Number).HasMaxLength(40);
        b.Property(e => e.Label).HasMaxLength(40);
        b.HasIndex(e => e.PersonId);
    }
}

internal sealed class PersonAddressConfiguration : IEntityTypeConfiguration<PersonAddress>
{
    public void Configure(EntityTypeBuilder<PersonAddress> b)
    {
        b.Property(e => e.Label).HasMaxLength(40);
        b.Property(e => e.PoBox).HasMaxLength(100);
        b.Property(e => e.Extended).HasMaxLength(200);
        b.Property(e => e.Street).HasMaxLength(200);
        b.Property(e => e.Locality).HasMaxLength(100);
        b.Property(e => e.Region).HasMaxLength(100);
        b.Property(e => e.PostalCode).HasMaxLength(40);
        b.Property(e => e.Country).HasMaxLength(100);
        b.Ignore(e => e.OneLine);
        b.HasIndex(e => e.PersonId);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> b)
    {
        b.Property(t => t.Name).HasMaxLength(60);
        b.Property(t => t.NameKey).HasMaxLength(60);
        b.HasIndex(t => new { t.AccountId, t.NameKey }).IsUnique();
    }
}

internal sealed class PersonTagConfiguration : IEntityTypeConfiguration<PersonTag>
{
    public void Configure(EntityTypeBuilder<PersonTag> b)
    {
        b.HasKey(t => new { t.PersonId, t.TagId });
        b.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.TagId);
    }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.NameKey).HasMaxLength(100);
        b.HasIndex(t => new { t.AccountId, t.NameKey }).IsUnique();
    }
}

internal sealed class PersonExpertiseConfiguration : IEntityTypeConfiguration<PersonExpertise>
{
    public void Configure(EntityTypeBuilder<PersonExpertise> b)
    {
        b.HasKey(t => new { t.PersonId, t.AreaId });
        b.HasOne(t => t.Area).WithMany().HasForeignKey(t => t.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.AreaId);
    }
}

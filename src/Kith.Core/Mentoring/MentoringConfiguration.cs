using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kith.Core.Mentoring;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Property(g => g.Title).HasMaxLength(200);
        b.Property(g => g.Description).HasMaxLength(4_000);
        b.HasMany(g => g.Areas).WithOne().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.Notes).WithOne().HasForeignKey(n => n.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.AccountId, g.Status, g.Horizon });
    }
}

internal sealed class GoalAreaConfiguration : IEntityTypeConfiguration<GoalArea>
{
    public void Configure(EntityTypeBuilder<GoalArea> b)
    {
        b.HasKey(a => new { a.GoalId, a.AreaId });
        b.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.AreaId);
    }
}

internal sealed class GoalNoteConfiguration : IEntityTypeConfiguration<GoalNote>
{
    public void Configure(EntityTypeBuilder<GoalNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(4_000);
        b.HasIndex(n => new { n.GoalId, n.WrittenAt });
    }
}

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> b)
    {
        b.Property(m => m.Seeking).HasMaxLength(200);
        b.Property(m => m.Expectations).HasMaxLength(4_000);
        b.Ignore(m => m.Rhythm);
        b.Ignore(m => m.IsCurrent);
        // Deleting a person keeps the mentorship's history as a placeholder rather than losing it.
        b.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(m => m.Areas).WithOne().HasForeignKey(a => a.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Meetings).WithOne(x => x.Mentorship).HasForeignKey(x => x.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Commitments).WithOne(x => x.Mentorship).HasForeignKey(x => x.MentorshipId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.AccountId, m.Status });
        b.HasIndex(m => new { m.AccountId, m.NextMeetingDueOn });
        b.HasIndex(m => new { m.AccountId, m.AskOn });
        b.HasIndex(m => m.PersonId);
    }
}

internal sealed class MentorshipAreaConfiguration : IEntityTypeConfiguration<MentorshipArea>
{
    public void Configure(EntityTypeBuilder<MentorshipArea> b)
    {
        b.HasKey(a => new { a.MentorshipId, a.AreaId });
        b.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.AreaId);
    }
}

internal sealed class MentorshipStatusChangeConfiguration : IEntityTypeConfiguration<MentorshipStatusChange>
{
    public void Configure(EntityTypeBuilder<MentorshipStatusChange> b)
    {
        b.Property(h => h.Note).HasMaxLength(1_000);
        b.HasIndex(h => h.MentorshipId);
    }
}

internal sealed class MentorshipMeetingConfiguration : IEntityTypeConfiguration<MentorshipMeeting>
{
    public void Configure(EntityTypeBuilder<MentorshipMeeting> b)
    {
        b.Property(m => m.Location).HasMaxLength(200);
        b.Property(m => m.PrepNotes).HasMaxLength(10_000);
        b.Property(m => m.Notes).HasMaxLength(10_000);
        b.HasMany(m => m.Proposals).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.AccountId, m.Status, m.StartsAt });
        b.HasIndex(m => m.MentorshipId);
    }
}

internal sealed class MeetingProposalConfiguration : IEntityTypeConfiguration<MeetingProposal>
{
    public void Configure(EntityTypeBuilder<MeetingProposal> b) => b.HasIndex(p => p.MeetingId);
}

internal sealed class MenteeCommitmentConfiguration : IEntityTypeConfiguration<MenteeCommitment>
{
    public void Configure(EntityTypeBuilder<MenteeCommitment> b)
    {
        b.Property(c => c.Description).HasMaxLength(500);
        b.HasIndex(c => new { c.AccountId, c.DoneOn, c.DueOn });
        b.HasIndex(c => c.MentorshipId);
    }
}

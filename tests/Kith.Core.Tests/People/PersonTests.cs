using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Tests.People;

public class PersonTests
{
    private static Person Ana() => new()
    {
        FirstName = "Ana",
        CreatedAt = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc),
        Cadence = new Cadence(30, 45, CadenceUnit.Days),
    };

    [Fact]
    public void RecomputeNextDue_AfterAnInteraction_IsIdealAndMaxFromThatDay()
    {
        var ana = Ana();
        ana.LastInteractionAt = new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
        ana.RecomputeNextDue(TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2026, 4, 9), ana.NextDueOn);
        Assert.Equal(new DateOnly(2026, 4, 24), ana.OverdueOn);
    }

    [Fact]
    public void RecomputeNextDue_NeverTalkedButMet_CountsFromTheDayWeMet()
    {
        var ana = Ana();
        ana.MetOn = new DateOnly(2026, 1, 1);
        ana.RecomputeNextDue(TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2026, 1, 31), ana.NextDueOn);
    }

    [Fact]
    public void RecomputeNextDue_NoContactAtAll_IsDueFromTheDayAdded()
    {
        var ana = Ana();
        ana.RecomputeNextDue(TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2026, 3, 1), ana.NextDueOn);
    }

    [Fact]
    public void RecomputeNextDue_Snoozed_WaitsForTheSnooze()
    {
        var ana = Ana();
        ana.LastInteractionAt = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        ana.SnoozedUntil = new DateOnly(2026, 5, 1);
        ana.RecomputeNextDue(TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2026, 5, 1), ana.NextDueOn);
        Assert.Equal(new DateOnly(2026, 5, 1), ana.OverdueOn);
    }

    [Fact]
    public void RecomputeNextDue_LateEveningUtc_UsesTheLocalDay()
    {
        var ana = Ana();
        // 23:30 UTC on 10 March is already 11 March in Auckland.
        ana.LastInteractionAt = new DateTime(2026, 3, 10, 23, 30, 0, DateTimeKind.Utc);
        ana.RecomputeNextDue(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));
        Assert.Equal(new DateOnly(2026, 4, 10), ana.NextDueOn);
    }

    [Fact]
    public void RecomputeNextDue_Me_NeverComesDue()
    {
        var me = Ana();
        me.IsMe = true;
        me.RecomputeNextDue(TimeZoneInfo.Utc);
        Assert.Null(me.NextDueOn);
    }
}

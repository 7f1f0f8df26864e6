using Kith.Core.Agenda;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Tests.Agenda;

public class AgendaRulesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);

    [Theory]
    [InlineData("2026-03-16", "2026-03-22")] // Monday → Sunday
    [InlineData("2026-03-19", "2026-03-22")] // Thursday → Sunday
    [InlineData("2026-03-22", "2026-03-22")] // Sunday is the last day of its week
    [InlineData("2026-12-31", "2027-01-03")] // across a year end
    public void WindowEnd_Week_EndsOnSunday(string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), AgendaRules.WindowEnd(AgendaWindow.Week, DateOnly.Parse(today)));

    [Fact]
    public void WindowEnd_Today_IsToday() =>
        Assert.Equal(Monday, AgendaRules.WindowEnd(AgendaWindow.Today, Monday));

    [Fact]
    public void RoleWeight_MentorOutranksManagementOutranksColleagueOutranksAcquaintance()
    {
        var weights = new[] { PersonRoles.Mentor, PersonRoles.Management, PersonRoles.Colleague, PersonRoles.None }
            .Select(AgendaRules.RoleWeight).ToList();
        Assert.Equal(weights.OrderByDescending(w => w), weights);
        Assert.True(weights[0] > weights[3]);
    }

    [Fact]
    public void RoleWeight_SeveralRoles_TakesTheStrongest() =>
        Assert.Equal(AgendaRules.RoleWeight(PersonRoles.Mentor), AgendaRules.RoleWeight(PersonRoles.Mentor | PersonRoles.Friend));

    [Fact]
    public void CadenceLateness_IsDaysSinceOverIdealInterval()
    {
        var cadence = new Cadence(30, 45, CadenceUnit.Days);
        Assert.Equal(1.5, AgendaRules.CadenceLateness(cadence, Monday.AddDays(-45), Monday.AddDays(-15), Monday), 3);
    }

    [Fact]
    public void CadenceLateness_NeverTalked_CountsFromTheDueDay()
    {
        var cadence = new Cadence(2, 3, CadenceUnit.Weeks);
        Assert.Equal(1.5, AgendaRules.CadenceLateness(cadence, null, Monday.AddDays(-7), Monday), 3);
    }

    [Theory]
    [InlineData(-3, "follow-up 3 days overdue: send the article")]
    [InlineData(-1, "follow-up 1 day overdue: send the article")]
    [InlineData(0, "follow-up due today: send the article")]
    [InlineData(1, "follow-up due tomorrow: send the article")]
    [InlineData(4, "follow-up due Fri 20 Mar: send the article")]
    public void FollowUpReason_SaysWhenItIsDue(int offset, string expected) =>
        Assert.Equal(expected, AgendaRules.FollowUpReason("send the article", Monday.AddDays(offset), Monday));

    [Fact]
    public void CadenceReason_MetButNeverLogged_SaysSo()
    {
        var reason = AgendaRules.CadenceReason(new Cadence(1, 1, CadenceUnit.Months), null, Monday.AddDays(-40), null, Monday.AddDays(-9), Monday);
        Assert.Equal("met 40 days ago, nothing logged since, every month", reason);
    }

    [Fact]
    public void CadenceReason_Upcoming_SaysWhenItComesDue()
    {
        var reason = AgendaRules.CadenceReason(new Cadence(2, 2, CadenceUnit.Weeks), Monday.AddDays(-10), null, null, Monday.AddDays(4), Monday);
        Assert.Equal("last talked 10 days ago, every 2 weeks; due Fri 20 Mar", reason);
    }

    [Theory]
    [InlineData(-1, -1, Urgency.Overdue)]
    [InlineData(0, 5, Urgency.Due)]
    [InlineData(-3, 0, Urgency.Due)]
    [InlineData(2, 4, Urgency.Upcoming)]
    public void CadenceUrgency_ComparesDueAndMaxDaysWithToday(int dueOffset, int overdueOffset, Urgency expected) =>
        Assert.Equal(expected, AgendaRules.CadenceUrgency(Monday.AddDays(dueOffset), Monday.AddDays(overdueOffset), Monday));
}

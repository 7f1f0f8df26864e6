namespace Kith.Core.Pitch;

/// <summary>How long a pitch takes to say: about 130 words a minute, and past a minute it is too long for a first meeting.</summary>
public static class PitchRules
{
    public const int WordsPerMinute = 130;
    public const int MaxSeconds = 60;

    /// <summary>Words as a listener hears them: runs of letters or digits, with apostrophes and hyphens inside a word.</summary>
    public static int WordCount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’' or '-');
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }

    public static int SpeakingSeconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute, MidpointRounding.AwayFromZero);

    /// <summary>"About 46 seconds (100 words)"; past a minute, says how many words to cut.</summary>
    public static string? Warning(int words)
    {
        var seconds = SpeakingSeconds(words);
        if (seconds <= MaxSeconds) return null;
        var cut = words - MaxSeconds * WordsPerMinute / 60;
        return $"About {seconds} seconds: past a minute, people stop listening. Cut about {cut} words.";
    }
}

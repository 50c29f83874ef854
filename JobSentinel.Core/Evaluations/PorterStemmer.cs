namespace JobSentinel.Core.Evaluations;

/// <summary>
/// The classic Porter (1980) English stemmer, so that "developing", "developed" and "development" meet as
/// "develop". Expects a lower-case word of ASCII letters; anything else is returned unchanged.
/// </summary>
/// <remarks>
/// Written here rather than taken from Lucene.Net.Analysis.Common: that package is a prerelease of a large
/// library and we need only this one algorithm, which is small and stable.
/// </remarks>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string text)
    {
        private readonly char[] _b = text.ToCharArray();
        private int _k = text.Length;

        public override string ToString() => new(_b, 0, _k);

        public void Step1A()
        {
            if (EndsWith("sses") || EndsWith("ies"))
            {
                _k -= 2;
            }
            else if (EndsWith("s") && !EndsWith("ss") && _k > 1)
            {
                _k--;
            }
        }

        public void Step1B()
        {
            if (EndsWith("eed"))
            {
                if (Measure(_k - 3) > 0)
                {
                    _k--;
                }

                return;
            }

            int stem;
            if (EndsWith("ed") && HasVowel(_k - 2))
            {
                stem = _k - 2;
            }
            else if (EndsWith("ing") && HasVowel(_k - 3))
            {
                stem = _k - 3;
            }
            else
            {
                return;
            }

            _k = stem;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                Append('e');
            }
            else if (DoubleConsonant(_k - 1) && _b[_k - 1] is not ('l' or 's' or 'z'))
            {
                _k--;
            }
            else if (Measure(_k) == 1 && Cvc(_k - 1))
            {
                Append('e');
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && HasVowel(_k - 1))
            {
                _b[_k - 1] = 'i';
            }
        }

        public void Step2()
        {
            ReplaceFirst(0,
                ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
                ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
                ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
                ("logi", "log"));
        }

        public void Step3()
        {
            ReplaceFirst(0,
                ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
                ("ness", ""));
        }

        public void Step4()
        {
            string[] suffixes =
            [
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
                "ism", "ate", "iti", "ous", "ive", "ize",
            ];

            // Longest first, so that "ement" wins over "ment" and "ent".
            foreach (var suffix in suffixes.OrderByDescending(s => s.Length))
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = _k - suffix.Length;
                var allowed = suffix != "ion" || (stem > 0 && _b[stem - 1] is 's' or 't');
                if (allowed && Measure(stem) > 1)
                {
                    _k = stem;
                }

                return;
            }
        }

        public void Step5()
        {
            if (EndsWith("e"))
            {
                var m = Measure(_k - 1);
                if (m > 1 || (m == 1 && !Cvc(_k - 2)))
                {
                    _k--;
                }
            }

            if (_k > 1 && _b[_k - 1] == 'l' && DoubleConsonant(_k - 1) && Measure(_k) > 1)
            {
                _k--;
            }
        }

        // Replaces the first matching suffix when the stem before it has measure > minMeasure.
        private void ReplaceFirst(int minMeasure, params (string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = _k - suffix.Length;
                if (Measure(stem) > minMeasure)
                {
                    _k = stem;
                    foreach (var c in replacement)
                    {
                        Append(c);
                    }
                }

                return;
            }
        }

        private bool EndsWith(string suffix) =>
            suffix.Length <= _k && _b.AsSpan(_k - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private void Append(char c) => _b[_k++] = c;

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m in [C](VC)^m[V] over the first `length` letters.
        private int Measure(int length)
        {
            var m = 0;
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= length)
                {
                    break;
                }

                m++;
                while (i < length && IsConsonant(i))
                {
                    i++;
                }
            }

            return m;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

        // consonant-vowel-consonant ending at i, the last not w, x or y ("hop" → "hope" rules).
        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');
    }
}

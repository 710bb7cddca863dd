import DateReading
import Testing

/// `SpokenDates`: a day written out in words, as a copy taker types a dictated story's edition,
/// read in the six languages, and refused whenever a word is not accounted for.
@Suite struct SpokenDatesTests {
    @Test(arguments: [
        ("Thursday the twenty-sixth of February nineteen eighty-seven", "1987-02-26"),
        ("Thursday the twenty-eighth of June twenty eighteen", "2018-06-28"),
        ("the first of May two thousand and nineteen", "2019-05-01"),
        ("the thirtieth of April twenty oh five", "2005-04-30"),
        ("jeudi sept février deux mille dix-neuf", "2019-02-07"),
        ("jeudi vingt-six février mille neuf cent quatre-vingt-sept", "1987-02-26"),
        ("le premier mars deux mille vingt-six", "2026-03-01"),
        ("Freitag, dem sechsten Oktober zweitausendsiebzehn", "2017-10-06"),
        ("Donnerstag, den sechsundzwanzigsten Februar neunzehnhundertsiebenundachtzig", "1987-02-26"),
        ("jueves veintiséis de febrero de mil novecientos ochenta y siete", "1987-02-26"),
        ("giovedì quindici febbraio duemiladiciotto", "2018-02-15"),
        ("quinta-feira, vinte e sete de junho de dois mil e dezoito", "2018-06-27"),
        ("quinta-feira, sete de setembro de dois mil e dezassete", "2017-09-07"),
        ("sete de setembro de dois mil e dezessete", "2017-09-07"),
    ])
    func readsADaySpokenInItsLanguage(text: String, iso: String) {
        #expect(SpokenDates.date(text)?.iso == iso)
    }

    @Test(arguments: [
        "Thursday the 26th of February nineteen eighty-seven",  // a figure: the date recogniser's job
        "the thirty-first of April two thousand and nineteen",  // no such day
        "twenty-six February",  // no year
        "we may see twenty of them in May two thousand",  // words before the day
        "Thursday the twenty-sixth of February",  // no year
        "vingt-six février twenty eighteen",  // a year in another language than the month's
        "the twenty sixth of never nineteen eighty-seven",  // no month
    ])
    func refusesWhatIsNotADayInWords(text: String) {
        #expect(SpokenDates.date(text) == nil)
    }
}

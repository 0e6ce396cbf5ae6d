"""The one lookup of words: both languages, numbers the Vietnamese way, any other language refused."""

import pytest

from emulation.data.problems import Problem
from emulation.views.catalogue import CATALOGUE
from emulation.views.words import UnknownLanguage, describe, format_number, period_name, word


def test_a_word_in_each_language_and_no_other():
    assert word("status.exceeded") == "Vượt" and word("status.exceeded", "en") == "Exceeded"
    assert word("narrative.scores", "vi", ranking="1. A") == "Kết quả chấm điểm: 1. A."
    with pytest.raises(UnknownLanguage):
        word("status.exceeded", "fr")
    with pytest.raises(UnknownLanguage):
        format_number(1234.5, 1, "EN")


def test_every_entry_has_both_languages():
    assert all(len(pair) == 2 for pair in CATALOGUE.values())
    assert [key for key, (vi, en) in CATALOGUE.items() if bool(vi) != bool(en)] == []


def test_numbers_periods_and_problems_as_people_read_them():
    assert format_number(1234.5, 1) == "1.234,5" and format_number(1234.5, 1, "en") == "1,234.5"
    assert period_name("2019-H1") == "6 tháng đầu năm 2019" and period_name("2019", "en") == "2019"
    problem = Problem("not_a_number", "results.csv", row=7, column="Kế hoạch", value="abc")
    assert describe(problem) == "results.csv, dòng 7, cột «Kế hoạch», giá trị «abc»: Không phải là số"
    assert describe(problem, "en") == "results.csv, row 7, column 'Kế hoạch', value 'abc': Not a number"

"""parts_sum, round 31: where a 其中 list ends. A count larger than the whole, after items that already make the whole
up, is the next kind's (羊…其中：山羊…；绵羊…；禽存栏…); the total's sibling named alike but for a numeral (第二产业 … 其中：
工业…；第三产业…) is no part; a total with a twin before it (占地面积…，建筑面积…，其中小学占地面积…，建筑面积…) takes the
items named as it is, the twin's go to the twin. Sentences are our own."""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2020)]


def test_a_count_larger_than_the_whole_after_the_whole_is_made_up_ends_the_list():
    text = "年末羊存栏3.21万只，其中：山羊0.42万只；绵羊{b}万只；禽存栏15.6万只。"
    assert _rows(text.format(b="2.79")) == [("consistent", "3.21万只 = 0.42万只 + 2.79万只")]
    # (short of the whole, the big count stays an item: a slip of 万 for 亿 or 元 for 万元 shows so)
    assert _rows(text.format(b="2.69")) == [("inconsistent", "3.21万只 = 0.42万只 + 2.69万只 + 15.6万只")]


def test_a_part_far_larger_than_the_whole_is_still_judged():
    text = "新馆总投资4,860万元，其中争取中央预算内投资1,200万元、省级补助资金800万元、县级配套2.86亿元。"
    assert _rows(text) == [("inconsistent", "4,860万元 = 1,200万元 + 800万元 + 2.86亿元")]


def test_the_totals_sibling_named_but_for_a_numeral_is_no_part():
    text = ("从三次产业看，第一产业增加值实现2.35亿元，同比增长3.1%；第二产业增加值实现18.62亿元，同比增长9.4%，其中：工业增加值"
            "实现16.08亿元，同比增长10.2%；第三产业增加值实现7.71亿元，同比增长8.8%。")
    assert [r for r in _rows(text) if r[0] == "inconsistent"] == []


def test_a_twin_total_takes_the_items_named_as_it_is():
    text = ("全县中小学校舍占地面积86.4万平方米，建筑面积41.27万平方米，其中小学占地面积38.2万平方米，建筑面积17.35万平方米，"
            "初中占地面积30.1万平方米，建筑面积14.62万平方米，高中占地面积18.1万平方米，建筑面积{c}万平方米。")
    assert _rows(text.format(c="9.30")) == [("consistent", "41.27万平方米 = 17.35万平方米 + 14.62万平方米 + 9.30万平方米")]
    # (short of the whole, a 其中 list may name the main kinds only: not itemized in full, as for any total)
    assert _rows(text.format(c="9.03")) == [("unverifiable", "41.27万平方米 ⊇ 17.35万平方米 + 14.62万平方米 + 9.03万平方米")]
    assert _rows(text.format(c="9.93")) == [("inconsistent", "41.27万平方米 = 17.35万平方米 + 14.62万平方米 + 9.93万平方米")]


def test_an_item_of_an_outer_list_is_no_twin():
    # (竣工项目3个…；在建项目28个（包括…新开工项目14个…）: 竣工项目 is the outer list's item before, across a ；)
    text = ("今年1—6月，全区建设项目共73个。其中，竣工项目3个，总投资1490万元；在建项目28个，总投资6.299亿元（包括：续建项目"
            "14个，总投资3.729亿元；新开工项目14个，总投资2.57亿元）；年内计划开工项目42个。")
    assert ("consistent", "28个 = 14个 + 14个") in _rows(text)


def test_one_more_of_the_unit_after_other_acts_is_no_part():
    text = ("目前已组织10个医院56名医师支援21个基层医院，诊疗23122人次，其中门诊21426人次，急诊{e}人次，开展手术95例，"
            "会诊及疑难病例讨论142次，开展新技术新业务10起，开展义诊2913人次。")
    assert _rows(text.format(e="1696")) == [("consistent", "23122人次 = 21426人次 + 1696人次")]
    assert _rows(text.format(e="1795")) == [("inconsistent", "23122人次 = 21426人次 + 1795人次")]


def test_items_named_alike_after_their_heads_counts_stay_parts():
    text = ("全市14035户25559人享受城乡低保，发放低保金4721万元，其中城市低保6195户12533人，发放低保金3277万元，"
            "农村低保7840户13026人，发放低保金1444万元。")
    assert ("consistent", "4721万元 = 3277万元 + 1444万元") in _rows(text)

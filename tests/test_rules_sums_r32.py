"""parts_sum, round 32: a whole of three significant digits or more stated before its 其中 list, made exactly by the
list's first items, is that breakdown — the items after it are another measure (结案…, 社情民意…, 改造…). A coarse whole
is left to the whole list (a prefix of one or two digits fits by chance), and so is a 合计 that closes its items. Sentences
are our own."""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2021)]


def test_the_first_items_that_make_the_whole_are_its_breakdown():
    text = "全年受理行政案件{t}件，其中新收案件{a}件，旧存案件{b}件，结案数为203件，结案率为{r}%。"
    assert _rows(text.format(t=236, a=214, b=22, r="86.02")) == [("consistent", "236件 = 214件 + 22件")]
    # (a slip within the breakdown itself is still one: no prefix makes the whole)
    assert _rows(text.format(t=236, a=214, b=28, r="86.02")) == [("inconsistent", "236件 = 214件 + 28件 + 203件")]


def test_an_item_of_another_measure_after_a_three_item_breakdown():
    text = ("截至9月底，完成植树造林{t}万亩，其中重点工程造林6.32万亩，村庄绿化0.94万亩，新栽经济林{c}万亩，"
            "退化林修复3.15万亩。")
    assert _rows(text.format(t="10.1", c="2.84")) == [("consistent", "10.1万亩 = 6.32万亩 + 0.94万亩 + 2.84万亩")]
    assert _rows(text.format(t="10.1", c="2.48")) == [
        ("inconsistent", "10.1万亩 = 6.32万亩 + 0.94万亩 + 2.48万亩 + 3.15万亩")]


def test_one_more_of_the_same_kind_keeps_the_whole_list():
    # (一审…、二审…、再审…: the last is as likely a part the total left out)
    text = "全年受理行政案件236件，其中一审案件214件，二审案件22件，再审案件43件。"
    assert _rows(text) == [("inconsistent", "236件 = 214件 + 22件 + 43件")]


def test_a_coarse_whole_keeps_the_whole_list():
    # 2 + 5 = 7 by chance as often as not: one item more is as likely a part the total left out
    text = "因政府信息公开被申请行政复议7件，其中结果维持2件、结果纠正5件、尚未审结1件。"
    assert _rows(text) == [("inconsistent", "7件 = 2件 + 5件 + 1件")]
    text = "全年完成造林4.6万亩，其中人工造林3.1万亩、封山育林1.5万亩、飞播造林0.6万亩。"
    assert _rows(text) == [("inconsistent", "4.6万亩 = 3.1万亩 + 1.5万亩 + 0.6万亩")]
    # (trailing zeros are no significant digits: 200 is as coarse as 2)
    text = "全年受理200件，其中甲类150件，乙类50件，丙类40件，丁类12件。"
    assert _rows(text) == [("inconsistent", "200件 = 150件 + 50件 + 40件 + 12件")]


def test_a_closing_total_keeps_every_item_it_closes():
    text = "全年办理刑事法律援助案件418件、民事法律援助案件706件、行政法律援助案件27件，合计1,124件。"
    assert _rows(text) == [("inconsistent", "1,124件 = 418件 + 706件 + 27件")]


def test_a_revenue_cut_by_the_level_that_keeps_it_in_older_words():
    # (地方一般预算收入, the name before 2014 of 地方一般公共预算收入, and 税收总收入 cut the same revenue two ways)
    text = "全年财政总收入{t}万元，比上年增长18.2%。其中：地方一般预算收入86412万元，增长21.5%；税收总收入{x}万元，增长16.9%。"
    assert _rows(text.format(t=129880, x=73506)) == []
    # (税收 and 非税 split it one way: judged)
    text = "全年财政总收入{t}万元，比上年增长18.2%。其中：税收收入86412万元，增长21.5%；非税收入{x}万元，增长16.9%。"
    assert _rows(text.format(t=129880, x=43468)) == [("consistent", "129880万元 = 86412万元 + 43468万元")]
    assert _rows(text.format(t=129880, x=43486)) == [("inconsistent", "129880万元 = 86412万元 + 43486万元")]


def test_money_of_another_currency_after_an_item_ends_the_list():
    text = ("全年实际利用外资6130万美元，其中外商直接投资{a}万美元，实际引进市外资金18.6亿元，完成出口额9200万美元，"
            "固定资产投资31.2亿元。")
    assert [r for r in _rows(text.format(a=4150)) if r[0] == "inconsistent"] == []
    # (items in one currency, one after another, stay judged)
    text = "全年实际利用外资6130万美元，其中外商直接投资4150万美元，境外借款{b}万美元。"
    assert _rows(text.format(b=1980)) == [("consistent", "6130万美元 = 4150万美元 + 1980万美元")]
    assert _rows(text.format(b=2080)) == [("inconsistent", "6130万美元 = 4150万美元 + 2080万美元")]


def test_the_count_right_after_fen_wei_is_how_many_pieces():
    text = ("将辖区原有84个网格的细分为532个“微网格”,发动900余名党员干部、物业人员、志愿者力量累计排查12万人次,分发防疫便民卡"
            "26000张,充分运用大数据服务困难群众158户;以试点推进小区建设。")
    assert [r for r in _rows(text) if r[0] == "inconsistent"] == []
    # (named parts after 分为 are still parts)
    text = "全县耕地面积12.6万亩，分为水田8.2万亩、旱地{d}万亩。"
    assert _rows(text.format(d="4.4")) == [("consistent", "12.6万亩 = 8.2万亩 + 4.4万亩")]
    assert _rows(text.format(d="4.9")) == [("inconsistent", "12.6万亩 = 8.2万亩 + 4.9万亩")]


def test_review_counter_examples_stay_judged():
    # (per-unit money and a bracketed conversion are no money of another measure; 分为 with named-after counts that
    # make up the whole are parts; 地方一般预算收入 and 上划中央税收 are the two levels of one revenue)
    assert _rows("全年实现农业总产值12.6亿元，其中粮食产值5.2亿元，亩均产值1200元/亩，蔬菜产值4.6亿元，畜牧业产值3.7亿元。") == [
        ("inconsistent", "12.6亿元 = 5.2亿元 + 4.6亿元 + 3.7亿元")]
    assert _rows("进出口总额12.5亿美元，其中出口8.3亿美元（折合人民币56.2亿元），进口4.9亿美元。") == [
        ("inconsistent", "12.5亿美元 = 8.3亿美元 + 4.9亿美元")]
    assert _rows("全镇共有行政村68个，分为42个平原村、27个山区村。") == [("inconsistent", "68个 = 42个 + 27个")]
    assert _rows("全年完成财政总收入129880万元，其中地方一般预算收入86412万元，上划中央税收43486万元。") == [
        ("inconsistent", "129880万元 = 86412万元 + 43486万元")]


def test_the_parts_sibling_named_but_for_a_numeral_is_the_wholes_item():
    text = ("全区实现地区生产总值186617万元。从三次产业上看：第一产业增加值实现9790万元，同比下降2.0%；第二产业增加值实现142532万元，"
            "同比增长38.6%，其中：工业增加值实现125193万元，同比增长41.0%；第三产业增加值实现{c}万元，同比增长8.1%。")
    assert ("consistent", "186617万元 = 9790万元 + 142532万元 + 34295万元") in _rows(text.format(c=34295))

def test_an_item_in_a_kindred_unit_is_no_part_left_out():
    text = ("今年1-6月，全县信访总量186件次，同比上升7.5%。从信访形式看，来访{v}，同比上升21.4%；来信34件次，同比下降12.8%；"
            "网上投诉41件次，同比下降9.3%。")
    # (来访111件138人次: its 件 are no 件次 the sum can take — the list cannot be summed, nor called short)
    assert _rows(text.format(v="111件138人次")) == []
    assert _rows(text.format(v="111件次")) == [("consistent", "186件次 = 111件次 + 34件次 + 41件次")]
    assert _rows(text.format(v="101件次")) == [("inconsistent", "186件次 = 101件次 + 34件次 + 41件次")]


def test_digit_groups_set_off_by_spaces_before_decimals():
    # (10 851.8万元 is one amount, as 10 851万元 is; a table row's 120 126 105.0% stays three cells)
    text = "2010年至2012年共投入财政扶贫资金20 614.5万元，其中中央财政资金19 870.25万元，省财政资金744.25万元。"
    assert _rows(text) == [("consistent", "20 614.5万元 = 19 870.25万元 + 744.25万元")]

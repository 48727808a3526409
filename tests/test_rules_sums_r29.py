"""parts_sum, round 29: a list that runs past its whole into another breakdown. (A real proposals report: 收到提案141件，
其中委员提案129件，集体提案12件，…经审查，立案105件…，不予立案的6件 was read as one list of four parts. Sentences here are
our own.)"""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2019)]


_TEXT = ("本次会议期间共收到代表建议{total}件，其中代表个人建议{a}件，代表团建议{b}件，经大会议案审查委员会审查，"
         "交办建议172件，作为参阅件处理的9件。")


def test_leading_items_that_make_the_whole_are_its_breakdown():
    assert _rows(_TEXT.format(total=186, a=171, b=15)) == [("consistent", "186件 = 171件 + 15件")]


def test_leading_items_that_miss_the_whole_still_fail():
    rows = _rows(_TEXT.format(total=186, a=171, b=16))
    assert [v for v, _ in rows] == ["inconsistent"]


def test_one_item_left_out_of_a_total_is_still_an_error():
    # the shape of a total that forgets its last part: three parts of one kind, the total of the first two
    rows = _rows("全年办理刑事法律援助案件538件、民事法律援助案件812件、行政法律援助案件34件，合计1,350件。")
    assert rows == [("inconsistent", "1,350件 = 538件 + 812件 + 34件")]


_BY_TRADE = ("全年共发生生产安全事故17起，死亡20人。分行业来看，工矿商贸事故13起、死亡14人（工程建设领域事故10起、死亡11人）；"
             "道路运输事故2起、死亡4人；铁路事故{}起、死亡2人。")


def test_a_bracket_after_an_item_of_a_classification_details_that_item():
    assert sorted(_rows(_BY_TRADE.format(2))) == [("consistent", "17起 = 13起 + 2起 + 2起"), ("consistent", "20人 = 14人 + 4人 + 2人")]


def test_the_classification_without_its_bracket_still_fails_when_off():
    assert ("inconsistent", "17起 = 13起 + 2起 + 3起") in _rows(_BY_TRADE.format(3))


_BY_BEDS = ("（一）医疗卫生机构总数。年末全县医疗卫生机构总数达1322个，其中：医院35个，基层医疗卫生机构1268个，专业公共卫生机构16个。\n"
            "医院中，公立医院12个，民营医院23个。医院按等级分：三级医院2个，二级医院10个，一级医院14个，未定级医院9个。\n"
            "医院按床位数分：100张以下床位医院21个，100-199张床位医院6个，200-499张床位医院5个，500张及以上床位医院{}个。")


def test_a_classification_names_its_whole_among_several_so_named():
    # (未定级医院9个 also ends with 医院: of the figures so named, the one the parts make up, else the one named just so)
    assert ("consistent", "35个 = 21个 + 6个 + 5个 + 3个") in _rows(_BY_BEDS.format(3))
    assert ("inconsistent", "35个 = 21个 + 6个 + 5个 + 4个") in _rows(_BY_BEDS.format(4))


def test_a_price_per_cubic_metre_is_no_part():
    text = ("代表提出返还村委会上交的预留更新费15000元，经林业部门调查，该村以间伐方式采伐杉木1500立方米，按规定每立方米收取"
            "预留造林更新费10元，共计15000元，已全额返还。")
    assert [v for v, _ in _rows(text) if v == "inconsistent"] == []

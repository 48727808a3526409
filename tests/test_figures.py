"""Figures: literal sentences for every form the grammar knows, named numbers, and the seed in full."""
from __future__ import annotations

import csv

import pytest

from conftest import ROOT, figures_of

COLS = ("text", "value", "value_high", "unit", "normalized_value", "base_unit", "kind", "qualifier", "decimals", "iso_date")

# sentence, then the one expected figure: text, value, value_high, unit, normalized, base_unit, kind, qualifier, decimals, iso_date
CASES = [
    ("争取到上级科技资金4941万元。", "4941万元", "4941", "", "万元", "49410000", "元", "money", "", "0", ""),
    ("同比增长20.7%。", "20.7%", "20.7", "", "%", "0.207", "ratio", "percent", "", "1", ""),
    ("同比增长20.70%。", "20.70%", "20.70", "", "%", "0.207", "ratio", "percent", "", "2", ""),
    ("中小企业占60%以上。", "60%以上", "60", "", "%", "0.6", "ratio", "percent", "at_least", "0", ""),
    ("下降0.08个百分点。", "0.08个百分点", "0.08", "", "个百分点", "0.0008", "ratio", "percentage_point", "", "2", ""),
    ("服务科技人员近500人次。", "近500人次", "500", "", "人次", "500", "人次", "count", "nearly", "0", ""),
    ("挤压机3.6万吨。", "3.6万吨", "3.6", "", "万吨", "36000", "吨", "weight", "", "1", ""),
    ("经费中有将近一半用于中小企业。", "将近一半", "0.5", "", "", "0.5", "ratio", "fraction", "nearly", "", ""),
    ("约占三分之一。", "三分之一", "0.333333", "", "", "0.333333", "ratio", "fraction", "", "", ""),
    ("增长1.8倍。", "1.8倍", "1.8", "", "倍", "1.8", "ratio", "ratio", "", "1", ""),
    ("每年培育3-5家。", "3-5家", "3", "5", "家", "3", "家", "range", "", "0", ""),
    ("补助20至50万元。", "20至50万元", "20", "50", "万元", "200000", "元", "range", "", "0", ""),
    ("新建道路12.6公里。", "12.6公里", "12.6", "", "公里", "12.6", "公里", "length", "", "1", ""),
    ("推广126.5万亩。", "126.5万亩", "126.5", "", "万亩", "1265000", "亩", "area", "", "1", ""),
    ("2014年，工作顺利。", "2014年", "2014", "", "年", "2014", "年", "year", "", "", "2014"),
    ("7月17日挂牌成立。", "7月17日", "", "", "", "", "", "date", "", "", "2014-07-17"),
    ("6月18-19日开展调研。", "6月18-19日", "", "", "", "", "", "date_range", "", "", "2014-06-18/2014-06-19"),
    ("5月14日至21日开展检查。", "5月14日至21日", "", "", "", "", "", "date_range", "", "", "2014-05-14/2014-05-21"),
    ("10月至12月集中整治。", "10月至12月", "", "", "", "", "", "date_range", "", "", "2014-10/2014-12"),
    ("拨付1,234万元。", "1,234万元", "1234", "", "万元", "12340000", "元", "money", "", "0", ""),
    ("购置设备１，１２０台。", "１，１２０台", "1120", "", "台", "1120", "台", "count", "", "0", ""),
    ("新增４５家。", "４５家", "45", "", "家", "45", "家", "count", "", "0", ""),
    ("达到２０．５％。", "２０．５％", "20.5", "", "%", "0.205", "ratio", "percent", "", "1", ""),
    ("完成两项改革。", "两项", "2", "", "项", "2", "项", "count", "", "0", ""),
    ("设立十二个工作组。", "十二个", "12", "", "个", "12", "个", "count", "", "0", ""),
    ("安排一百二十万元。", "一百二十万元", "120", "", "万元", "1200000", "元", "money", "", "0", ""),
    ("培训三千人。", "三千人", "3000", "", "人", "3000", "人", "count", "", "0", ""),
    ("占百分之十五。", "百分之十五", "15", "", "%", "0.15", "ratio", "percent", "", "0", ""),
    ("投资约2亿元。", "约2亿元", "2", "", "亿元", "200000000", "元", "money", "approx", "0", ""),
    ("参加人员300人左右。", "300人左右", "300", "", "人", "300", "人", "count", "approx", "0", ""),
    ("逾百家企业参加。", None, None, None, None, None, None, None, None, None, None),
    ("惠及超过2000户。", "超过2000户", "2000", "", "户", "2000", "户", "count", "more_than", "0", ""),
    ("排放量控制在5万吨以下。", "5万吨以下", "5", "", "万吨", "50000", "吨", "weight", "at_most", "0", ""),
    ("不足30%的企业。", "不足30%", "30", "", "%", "0.3", "ratio", "percent", "less_than", "0", ""),
    ("接待群众500余人次。", "500余人次", "500", "", "人次", "500", "人次", "count", "more_than", "0", ""),
    ("培训100多家企业。", "100多家", "100", "", "家", "100", "家", "count", "more_than", "0", ""),
    ("资金1.2万余元。", "1.2万余元", "1.2", "", "万元", "12000", "元", "money", "more_than", "1", ""),
    ("购置设备12台。", "12台", "12", "", "台", "12", "台", "count", "", "0", ""),
    ("收回土地30公顷。", "30公顷", "30", "", "公顷", "30", "公顷", "area", "", "0", ""),
    ("新建厂房8000平方米。", "8000平方米", "8000", "", "平方米", "8000", "平方米", "area", "", "0", ""),
    ("收购粮食500公斤。", "500公斤", "500", "", "公斤", "500", "公斤", "weight", "", "0", ""),
    ("总投资1.3亿元。", "1.3亿元", "1.3", "", "亿元", "130000000", "元", "money", "", "1", ""),
    ("2013年7月召开会议。", "2013年7月", "", "", "", "", "", "date", "", "", "2013-07"),
    ("二〇一五年工作要点。", "二〇一五年", "2015", "", "年", "2015", "年", "year", "", "", "2015"),
    ("2014年3月5日印发。", "2014年3月5日", "", "", "", "", "", "date", "", "", "2014-03-05"),
    ("2012-2014年累计投入。", "2012-2014年", "", "", "", "", "", "date_range", "", "", "2012/2014"),
    ("两千多名干部。", "两千多名", "2000", "", "名", "2000", "名", "count", "more_than", "0", ""),
    ("千余人参加。", "千余人", "1000", "", "人", "1000", "人", "count", "more_than", "0", ""),
    ("接待游客1.2亿人次。", "1.2亿人次", "1.2", "", "亿人次", "120000000", "人次", "count", "", "1", ""),
    ("补助300元/亩。", "300元/亩", "300", "", "元/亩", "300", "元/亩", "money", "", "0", ""),
    ("2014年1-6月完成投资。", "2014年1-6月", "", "", "", "", "", "date_range", "", "", "2014-01/2014-06"),
    ("八成以上的群众满意。", "八成以上", "0.8", "", "", "0.8", "ratio", "fraction", "at_least", "", ""),
    ("接待120余万人次。", "120余万人次", "120", "", "万人次", "1200000", "人次", "count", "more_than", "0", ""),
    ("满意率百分之百。", "百分之百", "100", "", "%", "1", "ratio", "percent", "", "0", ""),
    ("奖牌总数143枚。", "143枚", "143", "", "枚", "143", "枚", "count", "", "0", ""),
    ("整理档案4,326卷。", "4,326卷", "4326", "", "卷", "4326", "卷", "count", "", "0", ""),
    ("生师比为12.9:1。", "12.9:1", "12.9", "", "", "12.9", "ratio", "ratio", "", "1", ""),
    ("收入比缩小到1.95。", "1.95", "1.95", "", "", "1.95", "ratio", "ratio", "", "2", ""),
    ("死亡率162.4/10万。", "162.4/10万", "162.4", "", "/10万", "0.001624", "ratio", "ratio", "", "1", ""),
    ("平均住院日8.9日。", "8.9日", "8.9", "", "日", "8.9", "日", "count", "", "1", ""),
    ("住院日控制在8-10日。", "8-10日", "8", "10", "日", "8", "日", "range", "", "0", ""),
    ("年均浓度31微克/立方米。", "31微克/立方米", "31", "", "微克/立方米", "31", "微克/立方米", "weight", "", "0", ""),
    ("近七成群众满意。", "近七成", "0.7", "", "", "0.7", "ratio", "fraction", "nearly", "", ""),
    ("下降42个基点。", "42个基点", "42", "", "个基点", "0.0042", "ratio", "percentage_point", "", "0", ""),
    ("床位5.95张/千人。", "5.95张/千人", "5.95", "", "张/千人", "5.95", "张/千人", "count", "", "2", ""),
    ("不少于20家。", "不少于20家", "20", "", "家", "20", "家", "count", "at_least", "0", ""),
    ("农田灌溉水有效利用系数0.512。", "0.512", "0.512", "", "", "0.512", "ratio", "ratio", "", "3", ""),
    ("比全省平均高0.015。", "0.015", "0.015", "", "", "0.015", "ratio", "ratio", "", "3", ""),
    ("生师比为16.2∶1。", "16.2∶1", "16.2", "", "", "16.2", "ratio", "ratio", "", "1", ""),
    ("家庭医生签约6,215人。", "6,215人", "6215", "", "人", "6215", "人", "count", "", "0", ""),
    ("收入比上年增长一倍。", "一倍", "1", "", "倍", "1", "ratio", "ratio", "", "0", ""),
    ("出生率下降0.5个千分点。", "0.5个千分点", "0.5", "", "个千分点", "0.0005", "ratio", "percentage_point", "", "1", ""),
    ("约占3成。", "3成", "0.3", "", "", "0.3", "ratio", "fraction", "", "", ""),
    ("网上信访事项15日内告知。", "15日内", "15", "", "日", "15", "日", "count", "at_most", "0", ""),
    ("3个月内办结。", "3个月内", "3", "", "个月", "3", "个月", "count", "at_most", "0", ""),
    ("涉及32大类商品。", "32大类", "32", "", "大类", "32", "大类", "count", "", "0", ""),
    ("跨区作业6,380台次。", "6,380台次", "6380", "", "台次", "6380", "台次", "count", "", "0", ""),
    ("编辑出版文史资料2辑。", "2辑", "2", "", "辑", "2", "辑", "count", "", "0", ""),
    ("全书共36万字。", "36万字", "36", "", "万字", "360000", "字", "count", "", "0", ""),
    ("全市486.3万参保群众。", "486.3万", "486.3", "", "万", "4863000", "", "count", "", "1", ""),
    ("亿元GDP死亡率0.103，下降。", "0.103", "0.103", "", "", "0.103", "ratio", "ratio", "", "3", ""),
    ("死亡率控制在0.12以内。", "0.12以内", "0.12", "", "", "0.12", "ratio", "ratio", "at_most", "2", ""),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_each_form_parses(case):
    sentence, *expected = case
    df = figures_of(sentence)
    if expected[0] is None:
        assert df.empty or "百家" not in "".join(df["text"])
        return
    assert len(df) == 1, df[["text", "kind"]].to_dict("records")
    row = df.iloc[0]
    assert {c: row[c] for c in COLS} == dict(zip(COLS, expected))
    assert sentence[row["start"]:row["end"]] == row["text"]


NAMED = [
    "认真贯彻落实中央八项规定精神。", "加强对“三公”经费使用的监督。", "印发《工作人员“五禁止”纪律要求》。",
    "编制十三五规划。", "党的十八大以来。", "开展“百日攻坚”行动。", "融入一带一路建设。", "深入开展两学一做学习教育。",
    "对接中国制造2025。", "推进5G基站建设。", "畅通12345热线。", "参加第123届广交会。", "一是加强领导，二是完善制度。",
    "新认定第一批重点实验室。", "数十家企业参加。", "市政协十二届三次会议以来。", "专项整治三年行动。",
"推进15分钟政务服务圈建设。", "巩固九年义务教育。", "15日召开会议。", "党的二十届三中全会。", "接种二类疫苗。", "金税三期上线。", "第十二届全运会。", "5·12汶川地震纪念。", "创建3A级景区。", "进一步规范行政行为。", "组织一批专家。", "获得第四届道德模范称号。", "三严三实专题教育。",
    "深入开展“六深入两加强一提高”活动。", "反对四风。", "千方百计帮助企业。", "走进千家万户。", "中小企业R&D经费投入。",
    "五年来，全县上下团结奋斗。", "坚持“十六字方针”。", "退回承办单位二次办理。", "办好十件民生实事。", "12月3成立工作专班。", "组织六年级学生参加检测。",
]


@pytest.mark.parametrize("sentence", NAMED)
def test_named_numbers_are_not_figures(sentence):
    assert figures_of(sentence).empty, figures_of(sentence)[["text"]].to_dict("records")


def test_full_width_digits_keep_offsets():
    text = "今年新增４５家，增长２０．５％。"
    df = figures_of(text)
    assert list(df["text"]) == ["４５家", "２０．５％"]
    assert all(text[r.start:r.end] == r.text for r in df.itertuples())


def test_dates_take_the_year_named_in_their_sentence():
    df = figures_of("2013年，我局于7月17日召开会议。", year=2014)
    assert list(df["iso_date"]) == ["2013", "2013-07-17"]


def test_impossible_day_keeps_figure_without_iso_date():
    df = figures_of("9月31日召开会议。")
    assert list(df["kind"]) == ["date"] and df.iloc[0]["iso_date"] == ""


def test_metric_is_the_noun_phrase_measured():
    df = figures_of("累计认定国家级高新技术企业83家，2014年新增5家；我局已累计帮助企业争取到上级科技资金4941万元，同比增长20.7%。")
    by_text = dict(zip(df["text"], df["metric"]))
    assert by_text["83家"] == "国家级高新技术企业"
    assert by_text["5家"] == "国家级高新技术企业"
    assert by_text["4941万元"] == "上级科技资金"
    assert by_text["20.7%"] == "上级科技资金"


def test_figure_rows_carry_section_and_sentence():
    text = "一、履行职责情况\n今年收到提案9件。其中4件已办结。\n二、下一步工作\n计划新建3所学校。"
    df = figures_of(text)
    assert list(df["section"]) == ["一、履行职责情况", "一、履行职责情况", "二、下一步工作"]
    assert list(df["sentence"]) == ["今年收到提案9件。", "其中4件已办结。", "计划新建3所学校。"]


def _read_reference(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_seed_figures_match_the_hand_made_reference(seed_report):
    ref = _read_reference(ROOT / "tests" / "reference" / "seed_figures.csv")
    got = seed_report.figures
    assert list(got["text"]) == [r["text"] for r in ref]
    for r, (_, g) in zip(ref, got.iterrows()):
        for col in ("value", "value_high", "unit", "kind", "qualifier", "iso_date"):
            assert g[col] == r[col], (r["text"], col, g[col], r[col])


def test_a_date_in_a_report_without_a_year_is_written_without_one():
    df = figures_of("6月18日召开会议，2月30日开展活动，6月18-19日调研。", year=None)
    assert list(df["iso_date"]) == ["--06-18", "", "--06-18/--06-19"]  # only the impossible day is empty


def test_a_date_takes_the_year_of_its_sentence_and_is_judged_in_it():
    assert figures_of("回顾2015年，2月29日召开。", year=2016)["iso_date"].tolist() == ["2015", ""]
    assert figures_of("回顾2016年，2月29日召开。", year=2017)["iso_date"].tolist() == ["2016", "2016-02-29"]


def test_an_ordinal_reaches_over_its_list_and_zero_slogans_are_not_counts():
    # 第三、四季度 are the third and fourth quarters; 第二、3批 likewise; the counts after them still are figures
    df = figures_of("第三、四季度共召开座谈会6场，安全生产实现零事故、零伤亡。")
    assert list(df["text"]) == ["6场"]
    df = figures_of("组织第二、3批共计12名干部轮岗。")
    assert list(df["text"]) == ["12名"]
    # a list that is not of ordinals keeps every figure: 三、四个 after a plain count
    df = figures_of("新建3个、改建四个便民服务站。")
    assert list(df["text"]) == ["3个", "四个"]
    # 零 as a count before a measure word is still a figure
    assert list(figures_of("全年发生较大事故零起。")["text"]) == ["零起"]


def test_a_line_break_inside_a_thousands_separated_number_is_read_through():
    # text copied out of a PDF: the line wraps after the separator; the figure keeps the break in its text
    text = "经核查，全年累计收储各类粮食共计12,\n486吨，比上年增加1,020吨，仓容利用率保持在合理区间以内。"
    df = figures_of(text)
    row = df.iloc[0]
    assert (row["text"], row["value"], row["unit"]) == ("12,\n486吨", "12486", "吨")
    # a line that ends with a comma after a number and a line starting with four digits: two figures, no join
    df = figures_of("当年新建住房共计12,\n4860套保障房项目。")
    assert "12,\n4860套" not in list(df["text"])
    # tents are counted in 顶
    assert list(figures_of("储备救灾帐篷1,500顶。")["text"]) == ["1,500顶"]


def test_a_space_before_the_number_keeps_its_metric():
    # copied text often puts spaces around numbers: the label before the space is still what is measured
    df = figures_of("全年完成税收收入 8.35 亿元，比上年增长6.1%。")
    assert list(df["metric"])[:2] == ["税收收入", "税收收入"]
    assert figures_of("全年完成税收收入8.35亿元。")["metric"].iloc[0] == "税收收入"


def test_the_year_of_a_fiscal_year_is_not_part_of_the_metric():
    df = figures_of("2023年度支出总计1,204.6万元。")
    assert df[df["text"] == "1,204.6万元"]["metric"].iloc[0] == "支出"


def test_cells_of_an_indicator_table_are_measured_by_their_row():
    text = ("指标名称  目标值  实际完成值  得分\n新增市场主体  3,000户  3,060户  10分\n"
            "抽检合格率  97%以上  97.8%  10分\n")
    df = figures_of(text, 2021)
    got = dict(zip(df["text"], df["metric"]))
    assert got["3,060户"] == "新增市场主体" and got["97.8%"] == "抽检合格率"
    assert got["3,000户"] == "新增市场主体目标值"  # a target is not a value the text may restate

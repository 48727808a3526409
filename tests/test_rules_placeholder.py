"""placeholder: blanks where a number belongs, from the text; ordinary words are no blanks."""
import pytest

from analysis.rules.placeholder import placeholder
from rules_cases import run, verdicts


@pytest.mark.parametrize("text, span", [
    ("局领导带队到各旗县区和企业调研累计达次，为企业提供服务。", "次"),
    ("与市经信委联合实施了2014年产业升级和产学研合作专项项，安排经费5000万元。", "项"),
    ("组织实施重大科技专项共计项，取得显著成效。", "项"),
    ("项目验收结题率达到XX%，项目管理进一步规范。", "%"),
    ("全年查处各类违法案件共计  件，罚没款（ ）万元。", "件"),
    ("安排专项资金X万元。", "万元"),
    ("新增企业××家。", "家"),
])
def test_blanks_are_found(text, span):
    rows = run(placeholder, text)
    assert rows and rows[0]["verdict"] == "missing"
    assert rows[0]["span"] == span and rows[0]["figure_ids"] == ""


def test_two_blanks_in_one_sentence():
    rows = run(placeholder, "全年查处各类违法案件共计  件，罚没款（ ）万元。")
    assert [r["span"] for r in rows] == ["件", "万元"]


@pytest.mark.parametrize("text", [
    "切实做好各项准备工作，健全重大决策和事项集体讨论等各项制度。",
    "此次活动多次召开，首次实现，每次都有层次、名次和档次之分。",
    "服务科技人员近500人次，实施项目20个，开展项目验收。",
    "组织人员参加培训，完成项目申报，新增人口不多。",
    "实施亿元以上重点项目38个，万元工业增加值能耗下降4.2%。",
    "做到件件有着落、项项有回音，家家户户受益。",
    "组织开展“专项行动”，落实到位。",
    "组织实施项重大科技专项20项，取得显著成效。",  # the count follows: the first 项 is a stray word
])
def test_ordinary_words_are_not_blanks(text):
    assert run(placeholder, text) == []


@pytest.mark.parametrize("text, span", [
    ("异地就医直接结算人次同比增长  %。", "%"),
    ("支持职工购建房面积\u3000\u3000万平方米。", "万平方米"),
    ("共排查整治人居环境问题＿＿处。", "处"),
    ("比上年提高  个百分点。", "个百分点"),
])
def test_gaps_and_underscores_before_a_unit(text, span):
    rows = run(placeholder, text)
    assert [r["span"] for r in rows] == [span]


def test_an_indent_is_no_blank():
    assert run(placeholder, "一、基本情况\n\u3000\u3000人员编制12名。") == []


def test_count_left_out_after_an_object():
    # 约谈…负责人[N]人次: the object ends in 人 and the unit 人次 follows with no number
    rows = run(placeholder, "开展专项整治，约谈违规企业负责人人次，督促整改到位。")
    assert [r["span"] for r in rows] == ["人次"] and rows[0]["verdict"] == "missing"
    assert run(placeholder, "开展专项整治，约谈违规企业负责人36人次。") == []
    assert run(placeholder, "建设学习型社会，做到人人参与、家家受益。") == []


# ---------------------------------------------------------------- round 2
@pytest.mark.parametrize("text, span", [
    ("回收有效问卷  份，总体满意度92.3%。", "份"),
    ("发放宣传资料＿＿张，覆盖全部社区。", "张"),
    ("全年慰问〇〇户困难群众。", "户"),
    ("新增公交车　辆，方便群众出行。", "辆"),
    ("全年共  项工作完成。", "项"),
    ("全年覆盖率达  %，比上年提高。", "%"),
    ("全年增长XX.X%，高于全省平均。", "%"),
    ("完成固定资产投资X.XX亿元。", "亿元"),
])
def test_more_ways_to_leave_a_blank(text, span):
    rows = run(placeholder, text)
    assert [r["verdict"] for r in rows] == ["missing"] and rows[0]["span"] == span


@pytest.mark.parametrize("text", [
    "36个承办单位均按时报送了答复件。",
    "二〇〇八年共走访一〇〇户。",
    "单位名称  份额  占比",
    "市直各部门均按要求报送了督办件和承办件。",
])
def test_ordinary_words_after_a_verb_are_no_blank(text):
    assert run(placeholder, text) == []


@pytest.mark.parametrize("text, span", [
    ("全县农村自来水覆盖率达%，比上年提高。", "%"),
    ("优良天数比例比上年提高了个百分点。", "个百分点"),
])
def test_a_percent_sign_right_after_a_word(text, span):
    rows = run(placeholder, text)
    assert [r["verdict"] for r in rows] == ["missing"] and rows[0]["span"] == span


def test_a_percent_after_a_number_in_words_is_no_blank():
    assert run(placeholder, "优良天数比例比上年提高两个百分点，降幅收窄几个百分点。") == []


@pytest.mark.parametrize("text", [
    "组织志愿服务12场次，志愿服务时长累计  小时。",
    "开展岗位练兵，人均培训　　学时。",
    "平均接警响应时间缩短至XX分钟。",
])
def test_a_blank_before_a_unit_of_time(text):
    assert [r["verdict"] for r in run(placeholder, text)] == ["missing"]


def test_a_unit_of_time_after_its_number_or_in_a_word_is_no_blank():
    assert run(placeholder, "志愿服务时长累计320小时，平均每人8小时。") == []
    assert run(placeholder, "实行24小时值班制度，落实“最多跑一次”。") == []


# ---------------------------------------------------------------- round 3: a blank needs evidence
@pytest.mark.parametrize("text", [
    # a verb followed by a measure word that goes on into a word is no blank
    "组织教师开展家访活动，走访学生家庭。",
    "创建名师工作室，培训名师后备人选。",
    "完成台帐整理，落实人手保障。",
    "完成套改工作，办理件数逐年增加。",
    "开展户籍整治，服务座席全部开通。",
    "支持名优企业发展，扶持家庭农场。",
    "受理件均办结，实施台区改造。",
    "开展家访活动，落实人手，设立专项，组织场地，完成台账。",
    "完成台账登记，建成所属站点，新建场馆两座。",
    "检查处、审核处和办理处联合办公。",
    "设立综合服务台，确定推荐人、申报人和扶持户。",
    "受理件数逐月减少，办理期限缩短。",
    "落实到人，服务到家，帮扶到户。",
    "支持个体工商户发展，培育家庭农场。",
    "组织批量采购，完成批复手续，签订条款。",
    # spaces in a table's head or after 单位 are columns, not blanks
    "项目名称  预算数 万元  执行数 万元  执行率 %",
    "面积单位 平方米，金额单位 万元。",
])
def test_ordinary_phrases_are_no_blank(text):
    assert run(placeholder, text) == []


@pytest.mark.parametrize("text, span", [
    ("全年共开展检查次，督促整改落实。", "次"),
    ("深入基层走访累计达次，解决问题一批。", "次"),
    ("全年共受理件，办结率100%。", "件"),
    ("今年以来合计新增项，进展顺利。", "项"),
    ("本次培训共有   人参加。", "人"),
])
def test_a_count_closing_its_clause_or_after_a_gap_is_a_blank(text, span):
    rows = run(placeholder, text)
    assert [r["verdict"] for r in rows] == ["missing"] and rows[0]["span"] == span


@pytest.mark.parametrize("text", [
    "进一步提高服务人次，扩大覆盖面。",       # no count word in the clause: 服务人次 names what is counted
    "对受理件、办结件逐件回访。",
    "累计受理件、办结件分别为1200件和1150件。",
])
def test_a_measure_word_naming_what_is_counted_is_no_blank(text):
    assert run(placeholder, text) == []


def test_an_indicator_named_in_a_list_is_not_a_blank():
    # 游客接待人次 names an indicator (listed with another after 为), its counting word far before the verb
    assert verdicts(placeholder, "未完成的2项为有线电视用户发展和游客接待人次，主要受疫情和网络视听替代影响。", 2020) == []
    assert verdicts(placeholder, "两项未达标的指标是农村公路养护里程和景区接待人次，原因见下。", 2020) == []
    # the counting word next to the verb still marks a number left out
    assert verdicts(placeholder, "全年共接待人次，同比增长12%。", 2020) == ["missing"]

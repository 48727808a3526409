"""cumulative_vs_new and parts_sum, round 15: previous + new = current only for a running total (累计, 总数, things
built or certified), never for a stock of people (就业人员, 会员, 在校生), and only as an upper bound for a stock that may
lose unstated exits (合作社); dated pairs 截至Y-1年底 … 截至Y年底; two stages of a pipeline (签约 / 开工) are two
things; a 其中 list after a sentence stating its total twice; a 其余 list whose first item is no total; a restated
whole (…172件建议中) is no part; overlapping groups of people counted in 人次."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2019):
    return any(v in ("inconsistent", "missing") for v in verdicts(rule, text, year))


# ---------------------------------------------------------------- stocks of people are no running totals
def test_stock_of_people_is_not_previous_plus_new():
    assert not _bad(cumulative_vs_new, "新增就业1,350人，全县城镇就业人员由上年末的7,290人增加到8,740人。")
    assert not _bad(cumulative_vs_new, "上年末全县有会员2,000人，今年新发展会员300人，现有会员2,250人。")
    assert not _bad(cumulative_vs_new, "2019年新招录在校生1,200人，在校生由上年的5,300人增加到5,600人。")
    # own phrasing (情况通报): a stock of insured people with its previous level in brackets
    assert not _bad(cumulative_vs_new, "年内新增参保职工2,100人，参保职工总数达到3.3万人（上年末为3.2万人）。")
    # new ≤ current still holds and is reported
    assert verdicts(cumulative_vs_new, "新增就业1,350人，全县城镇就业人员由上年末的7,290人增加到8,740人。") == ["consistent"]


def test_running_totals_keep_the_three_way_check():
    bad = "今年新建村级卫生室12个，全县村级卫生室由上年末的136个增加到150个。"
    assert verdicts(cumulative_vs_new, bad) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("150个", "148个")) == ["consistent"]
    assert verdicts(cumulative_vs_new, "全市体育场地总数由上年的5862个增加到6415个，年内新增563个。") == ["inconsistent"]
    # a cumulative of people is a running total all the same
    assert verdicts(cumulative_vs_new, "今年新培训家政人员860人，累计培训人数由上年末的4,200人增加到5,160人。") == ["inconsistent"]
    # own phrasing (新闻通稿): things put up stay
    own = "今年全区新安装公共充电桩420个，公共充电桩由上年底的1,380个增加到1,810个。"
    assert verdicts(cumulative_vs_new, own) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, own.replace("1,810个", "1,800个")) == ["consistent"]


def test_stock_that_may_lose_items_is_bounded_above():
    # 合作社 may be deregistered unseen: ending below previous + new is no error, ending above is
    assert verdicts(cumulative_vs_new, "农民专业合作社年初为46家，今年新登记29家，年底达到81家。") == ["inconsistent"]
    assert not _bad(cumulative_vs_new, "农民专业合作社年初为46家，今年新登记29家，年底达到72家。")
    # own phrasing (调研报告)
    assert not _bad(cumulative_vs_new, "调研的镇上年底有家庭农场58家，本年新认证11家，目前有66家。")


# ---------------------------------------------------------------- dated pairs
def test_dated_year_ends_order_previous_and_current():
    bad = "截至2017年底全市累计建成空气自动监测站36个，2018年新建12个，截至2018年底累计达到46个。"
    assert verdicts(cumulative_vs_new, bad, 2018) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("46个", "48个"), 2018) == ["consistent"]


def test_dated_pair_after_the_years_flow():
    bad = "全年新建集中供水工程18处。截至2019年底，全县累计建成集中供水工程126处，截至2020年底累计达到148处。"
    assert verdicts(cumulative_vs_new, bad, 2020) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("18处", "22处"), 2020) == ["consistent"]
    # own phrasing: 到上年末 / 到年末
    assert verdicts(cumulative_vs_new, "今年新建公厕9座。到上年末，全区已累计建成公厕60座，到年末累计达到69座。") == ["consistent"]
    # decoy: no flow, nothing to check
    assert verdicts(cumulative_vs_new, "截至2019年底，全县累计建成集中供水工程126处，截至2020年底累计达到148处。", 2020) == []


# ---------------------------------------------------------------- two stages of a pipeline
def test_new_of_another_stage_is_another_thing():
    assert verdicts(cumulative_vs_new, "截至年底累计签约招商项目96个，新开工项目74个。") == []
    assert verdicts(cumulative_vs_new, "截至年底累计签约招商项目96个，新签约项目112个。") == ["inconsistent"]
    # own phrasing (会议纪要): 受理 vs 办结
    assert verdicts(cumulative_vs_new, "本届以来累计受理信访事项640件，今年新办结信访事项700件。") == []
    # 其中 draws the one from the other itself; 新建 and 建成 are one stage
    assert verdicts(cumulative_vs_new, "累计建成保障性住房1.26万套，其中当年新开工3820套。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "累计建成污水处理厂12座，今年新建3座。") == ["consistent"]


# ---------------------------------------------------------------- parts_sum
def test_total_stated_twice_before_a_list():
    bad = ("全年下达就业补助资金8640万元，实际支出8640万元，支出率100%。其中职业培训补贴3260万元、社会保险补贴2180万元、"
           "公益性岗位补贴1950万元，其他支出1150万元。")
    assert verdicts(parts_sum, bad) == ["inconsistent"]
    assert verdicts(parts_sum, bad.replace("1150万元", "1250万元")) == ["consistent"]
    # own phrasing (情况通报): received and spent alike, the rest named
    assert verdicts(parts_sum, "到位资金520万元，已拨付520万元。其中用于道路硬化300万元，其余200万元用于路灯安装。") == ["inconsistent"]
    # decoy: two different amounts before the list, none fits: left alone
    assert not _bad(parts_sum, "下达资金8640万元，实际支出8100万元。其中职业培训补贴3260万元、社会保险补贴2180万元。")


def test_first_item_before_the_rest_is_no_total():
    ok = ("全年一般公共预算支出8,316.2万元，其中基本支出5,937.8万元，占71.4%；项目支出2,378.4万元，占28.6%。项目支出中，"
          "食品安全抽检经费623.5万元，执法办案装备购置412.0万元，其余1,342.9万元用于信息化建设、计量检定和消费维权等。")
    assert verdicts(parts_sum, ok) == ["consistent", "consistent"]
    assert not _bad(parts_sum, "按用途分，工资福利800万元，办公费100万元，其余50万元。")
    # own phrasing (表格说明): the items stand alone after the whole's sentence
    assert not _bad(parts_sum, "专项经费共计960万元。培训费210万元，设备购置费330万元，其余420万元为运维费。")
    # a whole that names itself, and one stated first with a total word, are still judged
    assert verdicts(parts_sum, "从内容看，主办的29件提案中，城市建设类12件，物业管理类9件，住房安全类5件，其他4件。") == ["inconsistent"]
    assert verdicts(parts_sum, "全年支出600万元，用于道路硬化412万元，其余300万元用于路灯。") == ["inconsistent"]


def test_restated_whole_is_no_part():
    text = ("目前，交县政府办理的172件已全部办结，办结率100%。从内容看，交县政府办理的172件建议中，涉及城乡建设和交通的58件，"
            "占33.7%；涉及教育卫生的46件，占26.7%；涉及农业农村的41件，占23.8%；涉及经济发展和其他方面的27件，占15.7%。")
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, text.replace("其他方面的27件", "其他方面的29件")) == ["inconsistent"]


def test_overlapping_groups_counted_in_attendances():
    assert not _bad(parts_sum, "开展电商培训32期，培训3,840人次，其中贫困户1,216人次、返乡青年1,530人次、妇女1,890人次。")
    assert not _bad(parts_sum, "培训3,840人次，其中女性1,890人次，35岁以下2,460人次。")
    # own phrasing (调研报告): kinds of visits are no groups of people, halves still close
    assert verdicts(parts_sum, "接待游客3,840人次，其中省内游客2,100人次、省外游客1,940人次。") == ["inconsistent"]


def test_list_of_a_whole_named_as_all_done():
    text = ("今年共承办提案37件，其中主办29件、协办8件。截至6月20日，主办提案已全部答复，其中已解决或基本解决18件，"
            "列入计划逐步解决8件，因条件限制暂不能解决并作出说明3件。")
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]
    # a weak pairing: a list that does not add up to any earlier figure is left alone
    assert verdicts(parts_sum, text.replace("说明3件", "说明4件")) == ["consistent"]
    # own phrasing (安全生产通报)
    assert verdicts(parts_sum, "全县排查隐患126处。目前均已整改到位，其中立行立改98处、限期整改28处。") == ["consistent"]


def test_whole_with_its_figure_before_zhong_without_zai():
    bad = "全镇26个行政村中，一类村12个、二类村8个、三类村7个。"
    assert verdicts(parts_sum, bad) == ["inconsistent"]
    assert verdicts(parts_sum, bad.replace("三类村7个", "三类村6个")) == ["consistent"]
    # own phrasing (情况通报): parts by status
    assert verdicts(parts_sum, "全年受理的1,200件投诉中，已办结1,150件，正在办理50件。") == ["consistent"]
    # decoy: one part only, nothing to add
    assert verdicts(parts_sum, "全县86所学校中，已有52所完成改造。") == []


def test_bands_of_a_ladder_split_the_whole():
    bad = "全镇有行政村26个，其中集体经济收入50万元以上的12个、20万元至50万元的8个、20万元以下的7个。"
    assert verdicts(parts_sum, bad) == ["inconsistent"]
    assert verdicts(parts_sum, bad.replace("以下的7个", "以下的6个")) == ["consistent"]
    # own phrasing (调研报告): scores in bands
    assert verdicts(parts_sum, "参评的40家单位中，得分90分以上的9家，80至90分的25家，80分以下的6家。") == ["consistent"]
    # decoy: nested thresholds are no split
    assert not _bad(parts_sum, "新签约项目38个，其中亿元以上项目20个、10亿元以上项目6个。")

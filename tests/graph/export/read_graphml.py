# Reads a GraphML file with NetworkX or igraph and prints counts and every attribute value as JSON (for the jest tests).
import json
import sys

tool, path = sys.argv[1], sys.argv[2]
if tool == "networkx":
    import networkx as nx
    try:
        g = nx.read_graphml(path, force_multigraph=True)
    except nx.NetworkXError as error:
        print(json.dumps({"error": str(error)}))
        sys.exit(0)
    nodes = {n: d for n, d in g.nodes(data=True)}
    edges = [dict(d, _source=u, _target=v, _key=k) for u, v, k, d in g.edges(keys=True, data=True)]
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "node_attrs": nodes, "edge_attrs": edges}))
else:
    import igraph as ig
    g = ig.Graph.Read_GraphML(path)
    nodes = {v["id"]: {k: v[k] for k in g.vs.attributes()} for v in g.vs}
    edges = [dict({k: e[k] for k in g.es.attributes()}, _source=g.vs[e.source]["id"], _target=g.vs[e.target]["id"]) for e in g.es]
    print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(), "node_attrs": nodes, "edge_attrs": edges}))

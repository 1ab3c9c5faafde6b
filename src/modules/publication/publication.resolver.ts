import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import type { Context } from "../../context.js";
import type { Shaped } from "../../translate/result.js";
import { EDGES } from "../claims/claim-edges.js";
import { Connection, PageArgs } from "../shared/connection.js";
import { EdgeArgs, relatedNodes } from "../shared/edges.js";
import type { GraphNode } from "../shared/graph-node.js";
import { readById, readConnection } from "../shared/node.repository.js";
import { ClinicalTrial } from "../trial/trial.type.js";
import { publicationUrl, titleRead } from "../../translate/computed.js";
import { Publication } from "./publication.type.js";

const PublicationConnection = Connection(Publication, "Publication");

@Resolver(() => Publication)
export class PublicationResolver {
  @Query(() => Publication, { nullable: true, description: 'A paper by id: "PMID:27432227" or "DOI:10.…".' })
  async publication(
    @Arg("id", () => String) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped | null> {
    return readById(ctx, info, "Publication", id.trim());
  }

  @Query(() => PublicationConnection)
  async publications(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Shaped> {
    return readConnection(ctx, info, "Publication", args);
  }

  @FieldResolver(() => String, { description: "PubMed page, or the DOI resolver for a paper without a PMID." })
  url(@Root() publication: GraphNode): string {
    return publicationUrl(publication);
  }

  @FieldResolver(() => Boolean, {
    description:
      "False when the paper is known here only by its identifier (e.g. a DOI read in a ChEMBL extract): its title and first author were not read, and `title` says so.",
  })
  titleRead(@Root() publication: GraphNode): boolean {
    return titleRead(publication);
  }

  @FieldResolver(() => [ClinicalTrial], { description: "Trials whose results it reports." })
  trials(
    @Root() publication: GraphNode,
    @Args(() => EdgeArgs) { first }: EdgeArgs,
    @Ctx() ctx: Context,
  ): Promise<GraphNode[]> {
    return relatedNodes(ctx, EDGES.publicationTrials, publication.id, first);
  }
}
